import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(6.).reshape(2, 3)
# nn.functional and modules pass the dim on to the tensor's methods
for call in (lambda: F.softmax(x, dim=(1,)), lambda: F.log_softmax(x, 1.0), lambda: nn.Softmax(dim=[1])(x),
             lambda: nn.LogSoftmax(dim=-1.0)(x), lambda: F.softmin(x, dim=(0,)), lambda: F.normalize(x, dim=1.0),
             lambda: F.normalize(x, dim="a"), lambda: F.cosine_similarity(x, x, dim=(1,)),
             lambda: torch.cosine_similarity(x, x, 1.0), lambda: x.norm(dim=True), lambda: torch.norm(x, 1, dim="a"),
             lambda: torch.softmax(x, None), lambda: x.softmax(), lambda: torch.log_softmax(x)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(F.softmax(torch.tensor([1., 2.]), dim=None))
