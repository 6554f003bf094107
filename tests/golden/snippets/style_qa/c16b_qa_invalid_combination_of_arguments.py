# Q: "received an invalid combination of arguments"
import torch

x = torch.ones(2, 3)
try:
    x.transpose(0)
except TypeError as e:
    print(e)
