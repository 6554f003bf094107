# An init function that tests isinstance before the first batch: a lazy batch norm is not
# yet a BatchNorm1d (its class hierarchy is the lazy one), and becomes one on its first call.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.LazyLinear(4), nn.LazyBatchNorm1d(), nn.ReLU())


def init_weights(m):
    if isinstance(m, nn.BatchNorm1d):
        print("initialising", type(m).__name__)
        nn.init.constant_(m.weight, 0.5)


model.apply(init_weights)
print([c.__name__ for c in type(model[1]).__mro__])
print(isinstance(model[1], nn.modules.batchnorm._BatchNorm), model[1].has_uninitialized_params())
out = model(torch.randn(3, 2))
print(type(model[1]).__name__, model[1].weight)
model.apply(init_weights)
print(model[1].weight)
print([c.__name__ for c in type(nn.InstanceNorm1d(4)).__mro__])
