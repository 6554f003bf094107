# full-batch GCN training with Adam, printing rounded losses
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)
A = torch.tensor([[0, 1, 1, 0, 0, 0], [1, 0, 1, 0, 0, 0], [1, 1, 0, 1, 0, 0],
                  [0, 0, 1, 0, 1, 1], [0, 0, 0, 1, 0, 1], [0, 0, 0, 1, 1, 0]], dtype=torch.float32)
A_hat = A + torch.eye(6)
d = A_hat.sum(1).pow(-0.5)
A_norm = d.view(-1, 1) * A_hat * d.view(1, -1)
X = torch.eye(6)
y = torch.tensor([0, 0, 0, 1, 1, 1])
mask = torch.tensor([True, False, False, False, False, True])
W1, W2 = nn.Linear(6, 4), nn.Linear(4, 2)
opt = torch.optim.Adam(list(W1.parameters()) + list(W2.parameters()), lr=0.05)
for epoch in range(30):
    opt.zero_grad()
    h = F.relu(A_norm @ W1(X))
    out = A_norm @ W2(h)
    loss = F.cross_entropy(out[mask], y[mask])
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print(epoch, round(loss.item(), 3))
print(out.argmax(1))
