# Dynamic quantization: the qint8 weights and fbgemm's outputs, bit for bit
import torch
import torch.nn as nn

torch.manual_seed(5)
model = nn.Sequential(nn.Linear(6, 5), nn.ReLU(), nn.Linear(5, 3, bias=False))
qmodel = torch.ao.quantization.quantize_dynamic(model, {nn.Linear}, dtype=torch.qint8)
print(qmodel, model[0], qmodel.training, qmodel[0].training, model is qmodel)
w = qmodel[0].weight()
print(w)
print(w.int_repr(), w.q_scale(), qmodel[0].bias(), qmodel[2].bias(), qmodel[0].scale, qmodel[0].zero_point)
print(list(qmodel.parameters()), type(qmodel[0]).__name__)
x = torch.randn(4, 6) * 2
out = qmodel(x)
print(out.tolist())
print(qmodel(torch.zeros(2, 6)).tolist(), qmodel(torch.full((1, 6), -3.0)).tolist())
print(qmodel(torch.randn(2, 3, 6)).shape)
try:
    qmodel(torch.randn(2, 4))
except RuntimeError as e:
    print(e)
