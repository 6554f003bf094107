# `with torch.device("cpu"):` sets the default device of factory functions for the block, then restores it.
import torch

with torch.device("cpu") as d:
    print(d, torch.ones(2).device, torch.nn.Linear(2, 1).weight.device, torch.get_default_device())
    with torch.device("cpu:0"):
        print(torch.get_default_device(), torch.zeros(1).device)
    print(torch.get_default_device())
print(torch.get_default_device(), torch.arange(3).device)
