import torch
from torch import nn

torch.manual_seed(9)
emb = nn.Embedding(3, 4)
gen = nn.Linear(4, 2)
x = torch.tensor([1.0, 2.0, 3.0])
targets = torch.tensor([[2.0, 4.0, 6.0], [-1.0, -2.0, -3.0], [0.0, 0.0, 0.0]])
opt = torch.optim.Adam(list(emb.parameters()) + list(gen.parameters()), lr=0.05)
for step in range(30):
    opt.zero_grad()
    ab = gen(emb(torch.arange(3)))
    pred = ab[:, :1] * x + ab[:, 1:]
    loss = ((pred - targets) ** 2).mean()
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, f"{loss.item():.2f}")
print(ab.shape, pred.shape, emb.weight.grad.shape)
