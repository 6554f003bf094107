# makemore part 1: bigram probabilities with add-k smoothing; how k changes the mean NLL
import torch

names = ["ada", "bob", "cora", "dan", "abba"]
alphabet = ["."] + sorted(set("".join(names)))
ch2i = {c: i for i, c in enumerate(alphabet)}
pairs = [(ch2i[a], ch2i[b]) for nm in names for a, b in zip("." + nm, nm + ".")]
rows, cols = torch.tensor(pairs).T
counts = torch.zeros(len(alphabet), len(alphabet), dtype=torch.int32)
counts.index_put_((rows, cols), torch.ones(len(pairs), dtype=torch.int32), accumulate=True)
print(counts)
for k in (0, 1, 5):
    probs = (counts + k).float()
    probs = probs / probs.sum(dim=1, keepdim=True)
    nll = -probs[rows, cols].log().mean()
    print(f"k={k}: nll={nll.item():.4f}, row0={probs[0, :3]}")
probs = (counts + 1).float()
probs /= probs.sum(1, keepdim=True)
word = ".abba."
lp = sum(probs[ch2i[a], ch2i[b]].log() for a, b in zip(word, word[1:]))
print(lp, lp.item() / (len(word) - 1))
