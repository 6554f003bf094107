# A Transformer encoder for forecasting: causal mask and the nested-tensor warning
import torch
import torch.nn as nn

torch.manual_seed(35)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0)
enc = nn.TransformerEncoder(layer, num_layers=2)
mask = nn.Transformer.generate_square_subsequent_mask(4)
print(mask)
x = torch.randn(4, 3, 8)
out = enc(x, mask=mask, is_causal=True)
print(out.shape)
print(enc.layers[0].self_attn.batch_first, len(enc.layers))
