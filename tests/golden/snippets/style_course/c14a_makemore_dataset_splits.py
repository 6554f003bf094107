# makemore data: context windows with unfold over padded index sequences, a shuffled 80/10/10 split of the words.
import random
import torch

names = ["kai", "lumi", "sofia", "arne", "ines", "juno", "pia", "remy", "tara", "yusuf", "zoe", "eli"]
vocab = ['.'] + sorted(set(''.join(names)))
lookup = {ch: i for i, ch in enumerate(vocab)}
ctx = 3


def windows(group):
    xs, ys = [], []
    for nm in group:
        seq = torch.tensor([0] * ctx + [lookup[ch] for ch in nm] + [0])
        xs.append(seq.unfold(0, ctx, 1)[:-1])
        ys.append(seq[ctx:])
    return torch.cat(xs), torch.cat(ys)


rng = random.Random(1414)
order = names[:]
rng.shuffle(order)
cut1, cut2 = round(0.8 * len(order)), round(0.9 * len(order))
splits = {"train": order[:cut1], "dev": order[cut1:cut2], "test": order[cut2:]}
for split, group in splits.items():
    X, Y = windows(group)
    print(split, group, tuple(X.shape), tuple(Y.shape))
print(X, Y)
Xtr, Ytr = windows(splits["train"])
print(Xtr.dtype, torch.bincount(Ytr, minlength=len(vocab)), Xtr.is_contiguous())
