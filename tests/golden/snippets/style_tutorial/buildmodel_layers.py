# Shapes through Flatten, Linear and ReLU on a minibatch of three images.
import torch
from torch import nn

torch.manual_seed(15)
input_image = torch.rand(3, 4, 4)
print(input_image.size())
flatten = nn.Flatten()
flat_image = flatten(input_image)
print(flat_image.size())
layer1 = nn.Linear(in_features=16, out_features=5)
hidden1 = layer1(flat_image)
print(hidden1.size())
print(f"Before ReLU: {hidden1}\n\n")
hidden1 = nn.ReLU()(hidden1)
print(f"After ReLU: {hidden1}")
