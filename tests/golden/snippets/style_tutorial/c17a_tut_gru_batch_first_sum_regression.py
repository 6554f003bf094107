# A batch_first GRU that learns to output the sum of a short sequence
import torch
from torch import nn

class SumGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(input_size=1, hidden_size=6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        out, h = self.gru(x)
        return self.head(out[:, -1, :])

torch.manual_seed(15)
model = SumGRU()
opt = torch.optim.Adam(model.parameters(), lr=0.03)
for step in range(8):
    x = torch.rand(16, 5, 1)
    y = x.sum(dim=1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 1:
        print(f"step {step}: {loss.item():.4f}")
print(model.gru.weight_ih_l0.shape, model.gru.weight_hh_l0.shape, model.gru.batch_first)
