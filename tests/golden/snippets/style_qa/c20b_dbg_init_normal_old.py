# nn.init functions without the trailing underscore
import torch
import torch.nn as nn

torch.manual_seed(93)
w = torch.empty(2, 3)
nn.init.normal(w)
print(w)
nn.init.constant(w, 0.5)
print(w)
nn.init.xavier_uniform(w)
print(w.shape)
