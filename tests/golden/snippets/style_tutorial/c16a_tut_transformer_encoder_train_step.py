# One TransformerEncoderLayer trained for a few steps on a toy sequence task (dropout off)
import torch
from torch import nn

torch.manual_seed(1693)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
head = nn.Linear(8, 3)
x = torch.randn(4, 5, 8)
y = torch.randint(0, 3, (4,))
opt = torch.optim.Adam([*layer.parameters(), *head.parameters()], lr=0.01)
for step in range(4):
    logits = head(layer(x).mean(dim=1))
    loss = nn.functional.cross_entropy(logits, y)
    opt.zero_grad(); loss.backward(); opt.step()
    print(step, loss.item())
print(sum(p.numel() for p in layer.parameters()))
