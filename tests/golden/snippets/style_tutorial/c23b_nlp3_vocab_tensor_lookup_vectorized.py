import torch

itos = ["<pad>", "<unk>", "hello", "world", "again"]
lookup = torch.tensor([2, 3, 1, 1, 4])
ids = torch.tensor([[0, 1, 4], [3, 3, 0]])
print(lookup[ids])
print([" ".join(itos[i] for i in row) for row in ids.tolist()])
rev = torch.full((10,), -1)
rev[torch.tensor([2, 3, 4])] = torch.arange(3)
print(rev)
