import torch
from torch import nn

torch.manual_seed(40)
dec_layer = nn.TransformerDecoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
decoder = nn.TransformerDecoder(dec_layer, num_layers=2)
tgt = torch.randn(2, 4, 8)
memory = torch.randn(2, 6, 8)
causal = nn.Transformer.generate_square_subsequent_mask(4)
print(causal.dtype, causal[1])
out = decoder(tgt, memory, tgt_mask=causal, tgt_is_causal=True)
print(out.shape)
out2 = decoder(tgt[:, :2], memory, tgt_mask=causal[:2, :2])
print(torch.allclose(out[:, :2], out2, atol=1e-5))
