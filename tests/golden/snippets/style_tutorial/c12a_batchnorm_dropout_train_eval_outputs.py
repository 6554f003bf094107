# model.train() vs model.eval(): Dropout and BatchNorm1d outputs and running statistics.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Dropout(p=0.5))
x = torch.randn(6, 4)
print(model.training, [m.training for m in model])
out_train = model(x)
print(out_train)
bn = model[1]
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
model.eval()
out_eval = model(x)
print(out_eval)
print(torch.equal(model(x), out_eval))
model.train()
model[3].eval()
print([m.training for m in model], model.training)
print(model(x).ne(0).sum().item())
bn.reset_running_stats()
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.momentum = None
for i in range(3):
    model(x + i)
print(bn.running_mean, bn.num_batches_tracked)
