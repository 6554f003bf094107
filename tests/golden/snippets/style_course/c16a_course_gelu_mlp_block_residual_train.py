# A residual MLP block with GELU and LayerNorm (pre-norm), trained on a toy target
import torch
from torch import nn

class ResidualMLP(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.ln = nn.LayerNorm(d)
        self.fc1, self.fc2 = nn.Linear(d, 4 * d), nn.Linear(4 * d, d)

    def forward(self, x):
        return x + self.fc2(nn.functional.gelu(self.fc1(self.ln(x)), approximate="tanh"))

torch.manual_seed(1699)
block = ResidualMLP(4)
x = torch.randn(8, 4)
target = x.flip(1)
opt = torch.optim.AdamW(block.parameters(), lr=0.01, weight_decay=0.1)
for step in range(5):
    loss = (block(x) - target).pow(2).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    print(step, loss.item())
print(block.ln.weight, block.ln.bias)
