import torch

torch.manual_seed(18)
A = torch.tensor([[0, 1, 1, 0], [1, 0, 1, 1], [1, 1, 0, 0], [0, 1, 0, 0]], dtype=torch.float32)
walk = [0]
for _ in range(6):
    nbrs = A[walk[-1]]
    nxt = torch.multinomial(nbrs / nbrs.sum(), 1).item()
    walk.append(nxt)
print(walk)
pairs = [(walk[i], walk[j]) for i in range(len(walk)) for j in range(i + 1, min(i + 3, len(walk)))]
print(pairs[:5])
print(torch.tensor(pairs).shape)
