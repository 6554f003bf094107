import torch
import torch.nn as nn

torch.manual_seed(24)
d_model = 8
proj = nn.Linear(1, d_model)
layer = nn.TransformerEncoderLayer(d_model, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
enc = nn.TransformerEncoder(layer, num_layers=1, enable_nested_tensor=False)
head = nn.Linear(d_model, 1)
x = torch.randn(3, 12, 1)
mask = nn.Transformer.generate_square_subsequent_mask(12)
print(mask[:3, :3])
h = enc(proj(x), mask=mask, is_causal=True)
y = head(h)
print(y.shape, f"{y.mean().item():.5f}")
