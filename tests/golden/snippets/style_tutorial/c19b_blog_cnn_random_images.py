# CNN on random images: checking shapes layer by layer
import torch
import torch.nn as nn

torch.manual_seed(0)
images = torch.randn(8, 3, 32, 32)
conv1 = nn.Conv2d(3, 16, kernel_size=3, padding=1)
pool = nn.MaxPool2d(2, 2)
conv2 = nn.Conv2d(16, 32, kernel_size=3)
x = pool(torch.relu(conv1(images)))
print("after conv1+pool:", x.shape)
x = pool(torch.relu(conv2(x)))
print("after conv2+pool:", x.shape)
x = torch.flatten(x, 1)
print("flattened:", x.shape)
fc = nn.Linear(32 * 7 * 7, 10)
print("logits:", fc(x).shape)
