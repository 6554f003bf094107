# Shuffling words with Python's random and splitting 80/10/10.
import random
import torch

words = [f'name{i}' for i in range(20)]
random.seed(42)
random.shuffle(words)
n1 = int(0.8*len(words))
n2 = int(0.9*len(words))
print(words[:3], n1, n2)
Xtr = torch.arange(n1)
Xdev = torch.arange(n1, n2)
Xte = torch.arange(n2, len(words))
print(Xtr.shape, Xdev.shape, Xte.shape)
