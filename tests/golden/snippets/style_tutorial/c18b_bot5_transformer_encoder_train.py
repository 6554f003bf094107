"""Train a single TransformerEncoderLayer to copy its input (a sanity check)."""
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
x = torch.randn(4, 5, 8)
opt = torch.optim.Adam(layer.parameters(), lr=1e-2)
for step in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(layer(x), x)
    loss.backward()
    opt.step()
    print(f"step {step}: {loss.item():.6f}")
