import torch
import torch.nn as nn

m = nn.Transformer.generate_square_subsequent_mask(4)
print(m)
print(m.dtype, m.device, m.requires_grad, m.shape)
print(nn.Transformer.generate_square_subsequent_mask(3, dtype=torch.float64))
print(nn.Transformer.generate_square_subsequent_mask(3, device="cpu", dtype=torch.bool))
print(nn.Transformer.generate_square_subsequent_mask(1), nn.Transformer.generate_square_subsequent_mask(0))
t = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=8)
print(t.generate_square_subsequent_mask(2))
torch.set_default_dtype(torch.float64)
print(nn.Transformer.generate_square_subsequent_mask(2).dtype)
torch.set_default_dtype(torch.float32)
scores = torch.arange(9.0).view(3, 3) + nn.Transformer.generate_square_subsequent_mask(3)
print(scores.softmax(-1))
try:
    nn.Transformer.generate_square_subsequent_mask(-1)
except RuntimeError as e:
    print(type(e).__name__, e)
