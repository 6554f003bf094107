# model.train() vs model.eval(): Dropout and BatchNorm1d behave differently in the two modes.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 6), nn.BatchNorm1d(6), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(6, 2))
x = torch.randn(8, 4)
print(model.training, [m.training for m in model])
out_train1 = model(x)
out_train2 = model(x)
print(torch.equal(out_train1, out_train2))
bn = model[1]
print(bn.running_mean)
print(bn.running_var)
print(bn.num_batches_tracked)

model.eval()
print(model.training, model[3].training)
with torch.no_grad():
    e1, e2 = model(x), model(x)
print(torch.equal(e1, e2))
print(e1)

drop = nn.Dropout(0.25)
ones = torch.ones(2, 8)
print(drop(ones))
drop.eval()
print(drop(ones))
print(drop)
try:
    model.train()
    model(torch.randn(1, 4))
except ValueError as e:
    print("ValueError:", e)
