# Integer inputs to float-only kernels (layer_norm, batch_norm, leaky_relu, pools, frac, histc, dropout) and integer pow with negative tensor exponents.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
i = torch.tensor([[1, -2, 3, 4], [4, 0, -6, 2]])
u = torch.tensor([[[[1, 2, 250, 3], [4, 0, 6, 7], [1, 1, 1, 1], [9, 8, 7, 6]]]], dtype=torch.uint8)
for e in ['nn.LayerNorm(4)(i)', 'F.layer_norm(i, (4,))', 'F.layer_norm(i.float(), (4,), torch.ones(4, dtype=torch.float64))', 'nn.BatchNorm1d(4)(i)', 'nn.LeakyReLU()(i)', 'F.leaky_relu(i, 0.5)', 'nn.ReLU()(i)',
          'nn.MaxPool2d(2)(u)', 'F.max_pool2d(u, 2)', 'F.max_pool2d(u.long(), 2)', 'F.avg_pool2d(u, 2)', 'F.avg_pool2d(u.long(), 2)', 'nn.AdaptiveAvgPool2d(1)(u)', 'F.adaptive_max_pool2d(u, 1)',
          'F.interpolate(u.float(), size=(2, 2), mode="bilinear")',
          'nn.Dropout()(i)', 'F.dropout(i, 0.5, training=False)', 'nn.Softmax(dim=1)(i)', 'nn.Tanh()(i)', 'nn.Sigmoid()(i)', 'nn.GELU()(i)', 'nn.ELU()(i)', 'nn.Hardtanh()(i)',
          'nn.SiLU()(i)', 'nn.Softplus()(i)', 'nn.LogSigmoid()(i)', 'F.softplus(i.int())', 'F.hardtanh(u, 0, 6)', 'F.relu6(u)', 'F.max_pool1d(i[None].float(), 2)', 'F.max_pool1d(i[None], 2)', 'F.max_pool1d(i[None].int(), 2)', 'F.avg_pool1d(i[None], 2)',
          'i.frac()', 'torch.frac(i.int())', '2 ** i', 'torch.pow(2, i)', 'torch.tensor(2) ** i', 'i ** -1', 'i.pow(-2)', 'torch.tensor([1, -1, 2]) ** torch.tensor([-3, -3, -1])',
          'torch.histc(i)', 'torch.histc(i.float())']:
    try:
        print(e, eval(e))
    except (RuntimeError, TypeError, ValueError) as x:
        print(e, type(x).__name__, str(x).split('\n')[0][:160])
