# A wrong keyword names the layer's own class in PyTorch's error
import torch.nn as nn

for make in (lambda: nn.Conv2d(1, 4, kernel=3), lambda: nn.ConvTranspose1d(2, 2, 3, pad=1),
             lambda: nn.AvgPool2d(size=2), lambda: nn.ELU(inplace=True, a=1), lambda: nn.Softmax(axis=1),
             lambda: nn.SiLU(in_place=True), lambda: nn.Hardshrink(lam=0.5), lambda: nn.ZeroPad2d(pad=1),
             lambda: nn.ReflectionPad1d(size=2), lambda: nn.ConstantPad2d(2, val=0.5), lambda: nn.MaxUnpool2d(k=2),
             lambda: nn.LazyBatchNorm1d(features=3), lambda: nn.Conv1d(1, 2), lambda: nn.Dropout(prob=0.1)):
    try:
        make()
    except TypeError as e:
        print(e)
