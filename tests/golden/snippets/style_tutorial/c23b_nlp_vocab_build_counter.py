from collections import Counter
import torch

corpus = ["the cat sat on the mat", "the dog ate my homework", "a cat and a dog"]
counts = Counter(w for line in corpus for w in line.split())
specials = ["<pad>", "<unk>", "<bos>", "<eos>"]
itos = specials + sorted(w for w, c in counts.items())
stoi = {w: i for i, w in enumerate(itos)}
print(len(itos), counts.most_common(3))
def encode(s):
    return torch.tensor([stoi["<bos>"]] + [stoi.get(w, stoi["<unk>"]) for w in s.split()] + [stoi["<eos>"]])
ids = encode("the cat ate a fish")
print(ids, ids.dtype)
print(" ".join(itos[i] for i in ids.tolist()))
