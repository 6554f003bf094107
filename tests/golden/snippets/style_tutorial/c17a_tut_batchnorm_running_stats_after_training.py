# BatchNorm1d's running statistics after a few training batches, and eval vs train outputs
import torch
import torch.nn as nn

torch.manual_seed(20)
bn = nn.BatchNorm1d(3, momentum=0.1)
for _ in range(4):
    bn(torch.randn(8, 3) * 2 + 5)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
x = torch.randn(4, 3) * 2 + 5
bn.eval()
y_eval = bn(x)
bn.train()
y_train = bn(x)
print(y_eval.mean(0).round(decimals=4), y_train.mean(0).abs().max() < 1e-5)
print(bn.num_batches_tracked, bn.state_dict().keys())
