# Causal masks for nn.Transformer: generate_square_subsequent_mask and a decoder layer's output shapes.
import torch
import torch.nn as nn

mask = nn.Transformer.generate_square_subsequent_mask(4)
print(mask)
print(mask.dtype, torch.isinf(mask).sum())
torch.manual_seed(0)
layer = nn.TransformerDecoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
decoder = nn.TransformerDecoder(layer, num_layers=2)
memory = torch.randn(3, 5, 8)
tgt = torch.randn(3, 4, 8)
out = decoder(tgt, memory, tgt_mask=mask)
print(out.shape)
pad = torch.tensor([[False, False, False, True]] * 3)
out2 = decoder(tgt, memory, tgt_mask=mask, tgt_key_padding_mask=pad)
print(out2.shape, torch.isfinite(out2).all())
print(sum(p.numel() for p in decoder.parameters()))
print([n for n, _ in layer.named_children()])
bool_mask = torch.triu(torch.ones(4, 4, dtype=torch.bool), diagonal=1)
print(bool_mask)
print(torch.allclose(decoder(tgt, memory, tgt_mask=bool_mask), out, atol=1e-5))
