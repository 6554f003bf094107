# Text preprocessing: word tokens, a Vocab class with min_freq and reserved tokens, corpus indices.
import collections
import torch

class Vocab:
    def __init__(self, tokens=[], min_freq=0, reserved_tokens=[]):
        if tokens and isinstance(tokens[0], list):
            tokens = [token for line in tokens for token in line]
        counter = collections.Counter(tokens)
        self.token_freqs = sorted(counter.items(), key=lambda x: x[1], reverse=True)
        self.idx_to_token = list(sorted(set(["<unk>"] + reserved_tokens + [
            token for token, freq in self.token_freqs if freq >= min_freq])))
        self.token_to_idx = {token: idx for idx, token in enumerate(self.idx_to_token)}

    def __len__(self):
        return len(self.idx_to_token)

    def __getitem__(self, tokens):
        if not isinstance(tokens, (list, tuple)):
            return self.token_to_idx.get(tokens, self.unk)
        return [self.__getitem__(token) for token in tokens]

    def to_tokens(self, indices):
        if hasattr(indices, "__len__") and len(indices) > 1:
            return [self.idx_to_token[int(index)] for index in indices]
        return self.idx_to_token[indices]

    @property
    def unk(self):
        return self.token_to_idx["<unk>"]

text = "the time traveller for so it will be convenient to speak of him was expounding a recondite matter to us " * 3
text += "his grey eyes shone and twinkled and his usually pale face was flushed and animated"
words = text.split()
vocab = Vocab(words, min_freq=2, reserved_tokens=["<pad>", "<bos>"])
print(len(vocab), vocab.token_freqs[:6])
indices = vocab[words[:10]]
print(indices)
print(vocab.to_tokens(indices))
corpus = torch.tensor([vocab[w] for w in words])
print(corpus.shape, (corpus == vocab.unk).sum(), torch.bincount(corpus).topk(3))
freqs = torch.tensor([f for _, f in vocab.token_freqs], dtype=torch.float32)
print(freqs[:5], torch.log(freqs[:5]))
bigrams = list(zip(words[:-1], words[1:]))
print(collections.Counter(bigrams).most_common(3))
