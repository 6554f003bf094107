# Post-training dynamic quantization of the Linear layers
import torch
import torch.nn as nn

torch.manual_seed(37)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
qmodel = torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)
print(qmodel)
out = qmodel(torch.randn(1, 4))
print(out.shape, out.dtype)
