import torch

g = torch.Generator().manual_seed(2147483647)
N = torch.randint(0, 50, (27, 27), generator=g).float()
P = (N + 1) / (N + 1).sum(1, keepdim=True)
for _ in range(3):
    out = []
    ix = 0
    while True:
        ix = torch.multinomial(P[ix], num_samples=1, replacement=True, generator=g).item()
        out.append(ix)
        if ix == 0 or len(out) > 15:
            break
    print(out)
