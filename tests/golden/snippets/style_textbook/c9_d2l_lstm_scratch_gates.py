# LSTM from scratch: parameters for input, forget, output gates and candidate cell, run on a batch.
import torch

def get_lstm_params(num_inputs, num_hiddens):
    def normal(shape):
        return torch.randn(size=shape) * 0.01
    def three():
        return (normal((num_inputs, num_hiddens)), normal((num_hiddens, num_hiddens)), torch.zeros(num_hiddens))
    W_xi, W_hi, b_i = three()
    W_xf, W_hf, b_f = three()
    W_xo, W_ho, b_o = three()
    W_xc, W_hc, b_c = three()
    params = [W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c]
    for param in params:
        param.requires_grad_(True)
    return params

def lstm(inputs, state, params):
    W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c = params
    H, C = state
    outputs = []
    for X in inputs:
        I = torch.sigmoid((X @ W_xi) + (H @ W_hi) + b_i)
        F = torch.sigmoid((X @ W_xf) + (H @ W_hf) + b_f)
        O = torch.sigmoid((X @ W_xo) + (H @ W_ho) + b_o)
        C_tilda = torch.tanh((X @ W_xc) + (H @ W_hc) + b_c)
        C = F * C + I * C_tilda
        H = O * torch.tanh(C)
        outputs.append(H)
    return torch.cat(outputs, dim=0), (H, C)

torch.manual_seed(0)
num_inputs, num_hiddens, batch, steps = 5, 4, 2, 3
params = get_lstm_params(num_inputs, num_hiddens)
state = (torch.zeros(batch, num_hiddens), torch.zeros(batch, num_hiddens))
inputs = torch.randn(steps, batch, num_inputs)
Y, (H, C) = lstm(inputs, state, params)
print(Y.shape, H.shape, C.shape)
print(H)
print(C)
Y.sum().backward()
print(params[2].grad)
print(params[5].grad.abs().sum() > 0, params[11].grad)
