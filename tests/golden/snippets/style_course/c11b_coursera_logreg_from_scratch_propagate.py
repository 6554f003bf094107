# Coursera-style logistic regression from scratch: initialize_with_zeros, propagate, optimize, predict.
import torch

def sigmoid(z):
    return 1 / (1 + torch.exp(-z))

def initialize_with_zeros(dim):
    return torch.zeros((dim, 1)), 0.0

def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(w.T @ X + b)
    cost = -1 / m * torch.sum(Y * torch.log(A) + (1 - Y) * torch.log(1 - A))
    dw = 1 / m * (X @ (A - Y).T)
    db = 1 / m * torch.sum(A - Y)
    return {"dw": dw, "db": db}, cost

def optimize(w, b, X, Y, num_iterations, learning_rate, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print("Cost after iteration %i: %f" % (i, cost))
    return {"w": w, "b": b}, costs

def predict(w, b, X):
    A = sigmoid(w.T @ X + b)
    return (A > 0.5).float()

w, b, X, Y = torch.tensor([[1.], [2.]]), 2., torch.tensor([[1., 2., -1.], [3., 4., -3.2]]), torch.tensor([[1, 0, 1]])
grads, cost = propagate(w, b, X, Y)
print("dw = " + str(grads["dw"]))
print("db = " + str(grads["db"]))
print("cost = " + str(cost))
params, costs = optimize(w, b, X, Y, num_iterations=300, learning_rate=0.009, print_cost=True)
print("w = " + str(params["w"]))
print("b = " + str(params["b"]))
print(predict(params["w"], params["b"], X))
print(costs)
