# Text preprocessing: tokenise a small text into characters, build a Vocab sorted by frequency, indices.
import collections
import re
import torch

raw_text = """The Time Machine, by H. G. Wells. The Time Traveller (for so it will
be convenient to speak of him) was expounding a recondite matter to us."""
text = re.sub('[^A-Za-z]+', ' ', raw_text).lower()
print(text[:40])
tokens = list(text)
print(','.join(tokens[:20]))

class Vocab:
    def __init__(self, tokens=[], min_freq=0, reserved_tokens=[]):
        if tokens and isinstance(tokens[0], list):
            tokens = [token for line in tokens for token in line]
        counter = collections.Counter(tokens)
        self.token_freqs = sorted(counter.items(), key=lambda x: x[1], reverse=True)
        self.idx_to_token = list(sorted(set(['<unk>'] + reserved_tokens + [
            token for token, freq in self.token_freqs if freq >= min_freq])))
        self.token_to_idx = {token: idx for idx, token in enumerate(self.idx_to_token)}

    def __len__(self):
        return len(self.idx_to_token)

    def __getitem__(self, tokens):
        if not isinstance(tokens, (list, tuple)):
            return self.token_to_idx.get(tokens, self.unk)
        return [self.__getitem__(token) for token in tokens]

    def to_tokens(self, indices):
        if hasattr(indices, '__len__') and len(indices) > 1:
            return [self.idx_to_token[int(index)] for index in indices]
        return self.idx_to_token[indices]

    @property
    def unk(self):
        return self.token_to_idx['<unk>']

vocab = Vocab(tokens)
indices = vocab[tokens[:10]]
print('indices:', indices)
print('words:', vocab.to_tokens(indices))
print(len(vocab), vocab.token_freqs[:5])
corpus = torch.tensor([vocab[token] for token in tokens])
print(corpus[:12], corpus.shape, corpus.bincount().argmax())
words = text.split()
bigram_tokens = ['--'.join(pair) for pair in zip(words[:-1], words[1:])]
print(collections.Counter(bigram_tokens).most_common(2))
