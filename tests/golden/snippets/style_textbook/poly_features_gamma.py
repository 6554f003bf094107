# Polynomial features rescaled by gamma(n + 1) = n!, with labels and noise.
import math
import numpy as np
import torch

max_degree = 6
n_train, n_test = 4, 4
true_w = np.zeros(max_degree)
true_w[0:4] = np.array([5, 1.2, -3.4, 5.6])
np.random.seed(0)
features = np.random.normal(size=(n_train + n_test, 1))
np.random.shuffle(features)
poly_features = np.power(features, np.arange(max_degree).reshape(1, -1))
for i in range(max_degree):
    poly_features[:, i] /= math.gamma(i + 1)
labels = np.dot(poly_features, true_w)
true_w, features, poly_features, labels = [torch.tensor(x, dtype=torch.float32)
    for x in [true_w, features, poly_features, labels]]
print(features[:2], poly_features[:2, :3], labels[:2])
print(true_w.dtype, poly_features.shape)
