import torch
import torch.nn as nn

torch.manual_seed(2)
users = torch.tensor([0, 0, 1, 1, 2, 2, 3])
items = torch.tensor([0, 1, 1, 2, 0, 3, 2])
ratings = torch.tensor([5.0, 3.0, 4.0, 1.0, 2.0, 5.0, 4.0])
P = nn.Embedding(4, 3)
Q = nn.Embedding(4, 3)
opt = torch.optim.SGD(list(P.parameters()) + list(Q.parameters()), lr=0.05)
for epoch in range(30):
    pred = (P(users) * Q(items)).sum(1)
    loss = nn.functional.mse_loss(pred, ratings)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print(epoch, f"{loss.item():.4f}")
print(f"{loss.item():.4f}")
print(torch.sqrt(loss).item() < 5)
