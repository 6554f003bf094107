# Q: indexing nn.Sequential, slicing it, appending, and ModuleList/ModuleDict errors learners hit.
import torch
import torch.nn as nn

torch.manual_seed(0)
seq = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(seq[0], seq[-1], len(seq))
print(seq[:2])
try:
    seq[5]
except IndexError as e:
    print('IndexError', e)
seq.append(nn.Sigmoid())
print(len(seq), type(seq[1:]).__name__)
ml = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
try:
    ml(torch.ones(2))
except (NotImplementedError, TypeError) as e:
    print(type(e).__name__, e)
md = nn.ModuleDict({'enc': nn.Linear(2, 2), 'act': nn.Tanh()})
print(list(md.keys()), 'enc' in md, md['act'])
try:
    md['dec']
except KeyError as e:
    print('KeyError', e)
try:
    nn.ModuleList([torch.ones(2)])
except TypeError as e:
    print('TypeError', e)
print(sum(p.numel() for p in seq.parameters()), [n for n, _ in seq.named_children()])
