import torch

t1 = torch.tensor(1)
t2 = torch.tensor(1)
d = {t1: "a"}
print(t2 in d, t1 in d)
d2 = {t.item(): i for i, t in enumerate(torch.tensor([5, 6, 5]))}
print(d2)
print(set(torch.tensor([1, 1, 2]).tolist()), len(set(torch.tensor([1, 1, 2]))))
print(torch.tensor([1, 2]).unique().tolist())
