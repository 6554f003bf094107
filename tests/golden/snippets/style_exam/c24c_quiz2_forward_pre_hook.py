# Quiz B10: a forward pre-hook that rewrites the input
import torch
import torch.nn as nn

relu = nn.ReLU()


def negate(module, args):
    return (-args[0],)


def report(module, args, output):
    print("forward hook saw", output)


h1 = relu.register_forward_pre_hook(negate)
h2 = relu.register_forward_hook(report)
print(relu(torch.tensor([1.0, -2.0, 3.0])))
h1.remove()
h2.remove()
print(relu(torch.tensor([1.0, -2.0, 3.0])))
