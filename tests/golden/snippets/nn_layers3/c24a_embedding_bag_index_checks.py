# EmbeddingBag's index checks: the message depends on the kernel and on which bag holds the bad id
import torch
import torch.nn.functional as F

w = torch.arange(8.0).view(4, 2)
cases = [([3, 8, 0, 1], [0, 2], {}), ([3, 1, 0, 8], [0, 2], {}), ([3, 1, 0, 8], [0, 2, 4], {}),
         ([0, 5], [0], {'padding_idx': 0}), ([0, -1], [0], {'mode': 'max'}), ([0, 1, 2], [0, 2, 1], {}),
         ([0, 1, 2], [0, 1, 3], {'include_last_offset': True}), ([1, 2], [0], {})]
for ids, offsets, kw in cases:
    try:
        print(F.embedding_bag(torch.tensor(ids), w, torch.tensor(offsets), **kw).tolist())
    except RuntimeError as e:
        print(e)
for rows in ([[0, 9], [2, 1]], [[0, 1], [2, 9]]):
    try:
        F.embedding_bag(torch.tensor(rows), w, mode='sum')
    except RuntimeError as e:
        print(e)
print(F.embedding_bag(torch.tensor([1, 2]), w.double(), torch.tensor([0])))
try:
    F.embedding_bag(torch.tensor([1, 7]), w.double(), torch.tensor([0]))
except RuntimeError as e:
    print(e)
