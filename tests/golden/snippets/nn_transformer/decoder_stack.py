import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerDecoderLayer(d_model=8, nhead=4, dim_feedforward=16, dropout=0.0, batch_first=True)
decoder = nn.TransformerDecoder(layer, num_layers=2, norm=nn.LayerNorm(8))
print(decoder)
print(sum(p.numel() for p in decoder.parameters()))
print(decoder.layers[0].linear1.weight is decoder.layers[1].linear1.weight,
      torch.equal(decoder.layers[0].linear1.weight, decoder.layers[1].linear1.weight))
tgt = torch.randn(2, 3, 8)
memory = torch.randn(2, 6, 8)
mask = nn.Transformer.generate_square_subsequent_mask(3)
out = decoder(tgt, memory, tgt_mask=mask)
print(out)
(out[..., :3].pow(2).mean() - out[..., 5].mean()).backward()
print(decoder.layers[1].norm3.weight.grad)
print(decoder.norm.bias.grad)
bool_mask = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
print(torch.allclose(decoder(tgt, memory, tgt_mask=bool_mask), out))
