import torch
import torch.nn as nn

torch.manual_seed(35)
layer = nn.TransformerDecoderLayer(d_model=6, nhead=2, dim_feedforward=12, dropout=0.0, batch_first=True)
dec = nn.TransformerDecoder(layer, num_layers=2)
memory = torch.randn(2, 7, 6)
tgt = torch.randn(2, 3, 6)
mask = nn.Transformer.generate_square_subsequent_mask(3)
y = dec(tgt, memory, tgt_mask=mask)
print(y.shape, f"{y.abs().mean().item():.5f}")
print(sum(p.numel() for p in dec.parameters()))
