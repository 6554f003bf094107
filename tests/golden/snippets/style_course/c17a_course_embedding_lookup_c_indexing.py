# Looking up a character embedding table C by integer tensors, and the view to concatenate
import torch

g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 2), generator=g)
X = torch.tensor([[0, 0, 5], [0, 5, 13], [5, 13, 13]])
emb = C[X]
print(emb.shape, torch.equal(emb[1, 2], C[13]))
print(torch.equal(emb.view(-1, 6), torch.cat(torch.unbind(emb, 1), 1)))
print(torch.equal(torch.nn.functional.one_hot(torch.tensor(5), num_classes=27).float() @ C, C[5]))
W1 = torch.randn((6, 10), generator=g)
h = torch.tanh(emb.view(emb.shape[0], -1) @ W1)
print(h.shape, h.abs().max().item() <= 1.0)
print(emb.view(-1, 6).is_contiguous(), emb.storage_offset())
