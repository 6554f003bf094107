# Splitting a dataset 80/10/10 after shuffling with random.seed, as in the makemore notebooks
import random
import torch

words = [f"w{i}" for i in range(30)]
random.seed(42)
random.shuffle(words)
n1, n2 = int(0.8 * len(words)), int(0.9 * len(words))
print(n1, n2)
def build(ws):
    X = torch.tensor([int(w[1:]) for w in ws])
    return X, X % 3
Xtr, Ytr = build(words[:n1])
Xdev, Ydev = build(words[n1:n2])
Xte, Yte = build(words[n2:])
print(Xtr.shape, Xdev.shape, Xte.shape)
print(Xdev, Ydev)
print(Xte.tolist())
