# Transformer tutorial: a TransformerEncoderLayer stack with a causal mask, shapes and parameter counts.
import torch
import torch.nn as nn

torch.manual_seed(1443)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0)
enc = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
src = torch.randn(5, 3, 8)
mask = nn.Transformer.generate_square_subsequent_mask(5)
out = enc(src, mask=mask)
print(out.shape, out.grad_fn)
print(sum(p.numel() for p in enc.parameters()))
print([n for n, _ in layer.named_parameters()][:4])
first = enc(src[:1], mask=mask[:1, :1])
print(torch.allclose(first[0], out[0], atol=1e-5))
print(out.mean().item() < 1e-6, out.std(unbiased=False).item())
