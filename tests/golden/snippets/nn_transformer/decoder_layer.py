import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerDecoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0)
print(layer)
print([(n, tuple(p.shape)) for n, p in layer.named_parameters()])
tgt = torch.randn(4, 2, 8)
memory = torch.randn(5, 2, 8)
out = layer(tgt, memory)
print(out.shape, out.grad_fn.name())
print(out[0])
mask = nn.Transformer.generate_square_subsequent_mask(4)
out = layer(tgt, memory, tgt_mask=mask)
print(out[-1])
out = layer(tgt, memory, tgt_mask=mask, tgt_is_causal=True)
print(out[1])
(out * torch.linspace(-1, 1, 8)).sum().backward()
print(layer.linear1.weight.grad[0])
print(layer.multihead_attn.in_proj_weight.grad.abs().sum())
layer2 = nn.TransformerDecoderLayer(8, 2, 16, dropout=0.0, batch_first=True, norm_first=True, activation="gelu")
out = layer2(tgt.transpose(0, 1), memory.transpose(0, 1), memory_key_padding_mask=torch.tensor([[False] * 4 + [True]] * 2))
print(out.shape, out[0, 0])
try:
    layer(tgt, memory, tgt_is_causal=True)
except RuntimeError as e:
    print(type(e).__name__, e)
