# makemore part 2: look at a 2-D character embedding the way the notebook plots it
import torch

g = torch.Generator().manual_seed(2147483647)
itos = {i: s for i, s in enumerate(".abcdefghij")}
C = torch.randn((11, 2), generator=g)
print(C[5])
print(torch.nn.functional.one_hot(torch.tensor(5), num_classes=11).float() @ C)
for i in range(4):
    print(f"{itos[i]}: ({C[i, 0].item():.2f}, {C[i, 1].item():.2f})")
X = torch.tensor([[0, 0, 5], [0, 5, 1], [5, 1, 3]])
emb = C[X]
print(emb.shape)
print(torch.cat([emb[:, 0, :], emb[:, 1, :], emb[:, 2, :]], 1))
print(torch.cat(torch.unbind(emb, 1), 1).equal(emb.view(3, 6)))
print(emb.view(-1, 6).is_contiguous(), emb.storage_offset(), emb.stride())
