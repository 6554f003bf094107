# Coursera deep NN week 4: initialize_parameters_deep, linear_activation_forward with caches, L_model_forward.
import torch

def initialize_parameters_deep(layer_dims, g):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = torch.randn(layer_dims[l], layer_dims[l - 1], generator=g, dtype=torch.float64) / layer_dims[l - 1] ** 0.5
        parameters['b' + str(l)] = torch.zeros(layer_dims[l], 1, dtype=torch.float64)
    return parameters

def linear_activation_forward(A_prev, W, b, activation):
    Z = W @ A_prev + b
    A = torch.sigmoid(Z) if activation == 'sigmoid' else torch.relu(Z)
    return A, ((A_prev, W, b), Z)

def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters['W%d' % l], parameters['b%d' % l], 'relu')
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters['W%d' % L], parameters['b%d' % L], 'sigmoid')
    caches.append(cache)
    return AL, caches

def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -(1 / m) * (Y * torch.log(AL) + (1 - Y) * torch.log(1 - AL)).sum()
    return torch.squeeze(cost)

g = torch.Generator().manual_seed(3)
params = initialize_parameters_deep([5, 4, 3, 1], g)
for k, v in params.items():
    print(k, tuple(v.shape), v.dtype)
X = torch.randn(5, 4, generator=g, dtype=torch.float64)
Y = torch.tensor([[1., 0, 1, 0]], dtype=torch.float64)
AL, caches = L_model_forward(X, params)
print('AL =', AL)
print('Length of caches list =', len(caches))
print('cost =', compute_cost(AL, Y))
print('cost item', compute_cost(AL, Y).item(), compute_cost(AL, Y).shape)
