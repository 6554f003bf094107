import torch

genres = [[0, 2], [1], [0, 1, 3]]
mh = torch.zeros(len(genres), 4)
for r, g in enumerate(genres):
    mh[r, g] = 1
print(mh)
lengths = torch.tensor([len(g) for g in genres])
flat = torch.tensor([x for g in genres for x in g])
offsets = torch.cat([torch.tensor([0]), lengths.cumsum(0)[:-1]])
print(flat, offsets)
print(mh @ mh.t())
