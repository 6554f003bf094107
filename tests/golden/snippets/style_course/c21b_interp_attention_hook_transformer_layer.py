# grab attention patterns out of a TransformerEncoderLayer by calling its self_attn directly
import torch
from torch import nn

torch.manual_seed(4)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
layer.eval()
x = torch.randn(1, 4, 8)
captured = {}
def grab(module, args, kwargs, output):
    captured["w"] = output[1]
h = layer.self_attn.register_forward_hook(grab, with_kwargs=True)
with torch.no_grad():
    y = layer(x)
h.remove()
print(y.shape)
print(captured["w"])
with torch.no_grad():
    _, w = layer.self_attn(x, x, x, need_weights=True, average_attn_weights=False)
print(w.shape, w.sum(-1))
