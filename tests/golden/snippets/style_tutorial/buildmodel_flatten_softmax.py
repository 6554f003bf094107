# Flatten, a linear stack and softmax over the logits to get a predicted class.
import torch
from torch import nn

torch.manual_seed(11)
input_image = torch.rand(3, 28, 28)
flatten = nn.Flatten()
flat_image = flatten(input_image)
print(flat_image.size())
layer1 = nn.Linear(in_features=28 * 28, out_features=20)
hidden1 = layer1(flat_image)
print(hidden1.size())
hidden1 = nn.ReLU()(hidden1)
print((hidden1 >= 0).all())
seq_modules = nn.Sequential(flatten, layer1, nn.ReLU(), nn.Linear(20, 10))
logits = seq_modules(input_image)
softmax = nn.Softmax(dim=1)
pred_probab = softmax(logits)
print(pred_probab.sum(dim=1))
print(f"Predicted class: {pred_probab.argmax(1)}")
print(seq_modules)
